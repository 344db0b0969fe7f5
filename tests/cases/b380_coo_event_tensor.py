# case: event camera stream is turned into a sparse COO frame inside construct, densified and fed to a LIF layer -> sparse tensor built in construct, expect Graph mode to reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSOR_SHAPE = (16, 16)


class EventFrameConfig:
    def __init__(self, sensor_shape=SENSOR_SHAPE, tau=2.0, v_threshold=0.8):
        self.sensor_shape = sensor_shape
        self.tau = tau
        self.v_threshold = v_threshold


class SparseEventLIF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sensor_shape = config.sensor_shape
        self.tau = config.tau
        self.v_threshold = config.v_threshold

    def accumulate(self, indices, polarity):
        frame = ms.COOTensor(indices, polarity, self.sensor_shape)
        return frame.to_dense()

    def construct(self, indices, polarity, v=None):
        x = self.accumulate(indices, polarity)
        if v is None:
            v = ops.zeros(self.sensor_shape, ms.float32)
        v = v + (x - v) / self.tau
        spike = (v >= self.v_threshold).astype(ms.float32)
        return spike, v * (1.0 - spike)


def make():
    np.random.seed(3809)
    n_events = 20
    idx = np.stack([np.random.randint(0, 16, n_events), np.random.randint(0, 16, n_events)], axis=1)
    idx = np.unique(idx, axis=0).astype(np.int32)
    pol = np.ones(idx.shape[0], dtype=np.float32) * 2.0
    return SparseEventLIF(EventFrameConfig()), (Tensor(idx), Tensor(pol))
