export declare const POINTER_ELEMENTS: string;
export declare const TEXT_ELEMENTS: string;
export declare const IMAGE_ELEMENTS: string;
export declare const PHOTO_ELEMENTS: string;
export declare const LINK_HIGHLIGHT: string;
export declare const MOTION_PAUSED: string;
