# case: in-graph random horizontal flip chooses per-sample between image and its mirror with ops.select on a random draw -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomHorizontalFlip(nn.Cell):
    def __init__(self, prob=0.5, flip_boxes=True):
        super().__init__()
        self.prob = prob
        self.flip_boxes = flip_boxes
        self.uniform = ops.UniformReal(seed=1, seed2=2)

    def _flip_boxes(self, boxes, width):
        x1 = width - boxes[..., 2]
        x2 = width - boxes[..., 0]
        return ops.stack([x1, boxes[..., 1], x2, boxes[..., 3]], axis=-1)

    def construct(self, images, boxes):
        n, c, h, w = images.shape
        draw = self.uniform((n,))
        do_flip = draw < self.prob
        flipped = ops.flip(images, dims=(3,))
        img_mask = ops.broadcast_to(do_flip.reshape(n, 1, 1, 1), images.shape)
        images = ops.select(img_mask, flipped, images)
        if self.flip_boxes:
            box_mask = ops.broadcast_to(do_flip.reshape(n, 1, 1), boxes.shape)
            boxes = ops.select(box_mask, self._flip_boxes(boxes, float(w)), boxes)
        return images, boxes


def make():
    np.random.seed(41)
    imgs = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    boxes = Tensor((np.random.rand(4, 3, 4) * 8).astype(np.float32))
    return RandomHorizontalFlip(), (imgs, boxes)
