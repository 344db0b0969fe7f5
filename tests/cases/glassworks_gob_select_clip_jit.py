# case: @ms.jit function replacing gob weights outside the sensor range by the running target with ops.select, then averaging the last 12 gobs -> same-shape select and constant slice, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSOR_MIN, SENSOR_MAX = 250.0, 380.0
WINDOW = 12


@ms.jit
def clean_gob_mean(gob_weights, target):
    valid = ops.logical_and(gob_weights > SENSOR_MIN, gob_weights < SENSOR_MAX)
    fill = ops.ones_like(gob_weights) * target
    cleaned = ops.select(valid, gob_weights, fill)
    recent = cleaned[-WINDOW:]
    return recent.mean(), recent.std()


def make():
    np.random.seed(182)
    w = (310.0 + 3.0 * np.random.randn(50)).astype(np.float32)
    w[[3, 17, 40]] = [0.0, 999.0, 12.0]
    return clean_gob_mean, (Tensor(w), Tensor(np.float32(310.0)))
