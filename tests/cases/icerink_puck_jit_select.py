# case: jitted function computing the confidence-weighted puck centre with ops.select on the confidence mask -> fixed shapes, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONF_THRESHOLD = 0.6


def box_centres(boxes):
    return (boxes[:, :2] + boxes[:, 2:]) * 0.5


@ms.jit
def weighted_puck_centre(boxes, conf):
    keep = conf > CONF_THRESHOLD
    w = ops.select(keep, conf, ops.zeros_like(conf))
    centres = box_centres(boxes)
    total = ops.maximum(w.sum(), 1e-6)
    return (centres * w.reshape(-1, 1)).sum(axis=0) / total, w


def make():
    np.random.seed(3145)
    xy = np.random.uniform(0, 600, size=(12, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + 8.0], axis=1).astype(np.float32)
    conf = np.random.rand(12).astype(np.float32)
    conf[0] = 0.95
    return weighted_puck_centre, (Tensor(boxes), Tensor(conf))
