# case: jitted function keeping only puck detections above a confidence threshold through a boolean mask on the box tensor -> dynamic shape from boolean-mask indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONF_THRESHOLD = 0.6


def box_centres(boxes):
    return (boxes[:, :2] + boxes[:, 2:]) * 0.5


@ms.jit
def confident_puck_centres(boxes, conf):
    keep = conf > CONF_THRESHOLD
    centres = box_centres(boxes)
    kept = centres[keep]
    return kept.mean(axis=0), kept


def make():
    np.random.seed(3144)
    xy = np.random.uniform(0, 600, size=(12, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + 8.0], axis=1).astype(np.float32)
    conf = np.random.rand(12).astype(np.float32)
    conf[0] = 0.95
    return confident_puck_centres, (Tensor(boxes), Tensor(conf))
