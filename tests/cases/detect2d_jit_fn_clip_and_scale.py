# case: @ms.jit helper that rescales boxes to the original image and clips them, sizes taken from input shapes -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def clip_boxes(boxes, height, width):
    x1 = ops.clamp(boxes[:, 0], 0.0, width - 1.0)
    y1 = ops.clamp(boxes[:, 1], 0.0, height - 1.0)
    x2 = ops.clamp(boxes[:, 2], 0.0, width - 1.0)
    y2 = ops.clamp(boxes[:, 3], 0.0, height - 1.0)
    return ops.stack([x1, y1, x2, y2], axis=1)


@ms.jit
def rescale_detections(boxes, scores, orig_image, input_size=(32, 32), score_floor=0.01):
    orig_h, orig_w = orig_image.shape[-2], orig_image.shape[-1]
    sx = orig_w / input_size[1]
    sy = orig_h / input_size[0]
    scale = Tensor([sx, sy, sx, sy], ms.float32)
    boxes = boxes * scale
    boxes = clip_boxes(boxes, float(orig_h), float(orig_w))
    scores = ops.where(scores < score_floor, ops.zeros_like(scores), scores)
    return boxes, scores


def make():
    np.random.seed(32)
    boxes = Tensor(np.random.rand(9, 4).astype(np.float32) * 40)
    scores = Tensor(np.random.rand(9).astype(np.float32))
    orig = Tensor(np.zeros((3, 48, 64), np.float32))
    return rescale_detections, (boxes, scores, orig)
