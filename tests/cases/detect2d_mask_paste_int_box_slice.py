# case: paste each RoI mask into the image by slicing with integer box coordinates read from the tensor -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskPaster(nn.Cell):
    def __init__(self, img_h=32, img_w=32, mask_thresh=0.5):
        super().__init__()
        self.img_h = img_h
        self.img_w = img_w
        self.mask_thresh = mask_thresh

    def paste_one(self, mask, box):
        x0 = int(box[0])
        y0 = int(box[1])
        x1 = int(box[2])
        y1 = int(box[3])
        resized = ops.interpolate(mask.view(1, 1, mask.shape[0], mask.shape[1]),
                                  size=(y1 - y0, x1 - x0), mode="bilinear")
        canvas = ops.zeros((self.img_h, self.img_w), ms.float32)
        canvas[y0:y1, x0:x1] = resized[0, 0]
        return canvas

    def construct(self, masks, boxes):
        pasted = []
        for i in range(masks.shape[0]):
            pasted.append(self.paste_one(masks[i], boxes[i]))
        out = ops.stack(pasted)
        return out > self.mask_thresh


def make():
    np.random.seed(16)
    masks = Tensor(np.random.rand(3, 14, 14).astype(np.float32))
    boxes = Tensor(np.array([[2, 3, 18, 20], [0, 0, 10, 31], [12, 5, 30, 15]], np.float32))
    return MaskPaster(), (masks, boxes)
