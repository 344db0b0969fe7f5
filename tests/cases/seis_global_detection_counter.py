# case: detector that increments a module-level global count of detections from construct -> global statement and mutation of global state, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DETECTIONS = 0


class EnergyDetector(nn.Cell):
    def __init__(self, threshold=2.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, trace):
        global DETECTIONS
        energy = (trace * trace).mean()
        hit = energy > self.threshold
        DETECTIONS = DETECTIONS + 1
        return hit, energy


def make():
    np.random.seed(16)
    trace = (2.0 * np.random.randn(48)).astype(np.float32)
    return EnergyDetector(), (Tensor(trace),)
