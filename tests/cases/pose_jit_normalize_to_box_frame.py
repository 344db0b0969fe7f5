# case: @ms.jit function normalizing keypoints into their person-box frame (center/scale from boxes, reshape via .shape) -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def box_center_scale(boxes, aspect_ratio=0.75, padding=1.25):
    ctr = (boxes[:, :2] + boxes[:, 2:]) * 0.5
    wh = boxes[:, 2:] - boxes[:, :2]
    w = ops.maximum(wh[:, 0], wh[:, 1] * aspect_ratio)
    h = w / aspect_ratio
    return ctr, ops.stack([w, h], axis=-1) * padding


@ms.jit
def normalize_keypoints(kpts, boxes):
    n, k, _ = kpts.shape
    ctr, scale = box_center_scale(boxes)
    rel = (kpts - ctr.expand_dims(1)) / scale.expand_dims(1)
    flat = rel.reshape(n, k * 2)
    return ops.clamp(flat, -1.0, 1.0)


def make():
    np.random.seed(32)
    boxes = np.array([[10, 20, 60, 140], [50, 30, 130, 150]], np.float32)
    k = (np.random.rand(2, 17, 2) * 120 + 10).astype(np.float32)
    return normalize_keypoints, (Tensor(k), Tensor(boxes))
