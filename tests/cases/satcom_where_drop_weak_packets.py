# case: zeroes packets whose received power is below sensitivity with ops.where instead of removing them, then reports delivered bits -> where keeps the full shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftPacketDropper(nn.Cell):
    def __init__(self, sensitivity_dbm=-110.0):
        super().__init__()
        self.sensitivity = sensitivity_dbm

    def construct(self, rx_power_dbm, payload_bits):
        keep = rx_power_dbm >= self.sensitivity
        kept = ops.where(keep, payload_bits, ops.zeros_like(payload_bits))
        delivered = kept.sum(axis=-1)
        drop_ratio = 1.0 - keep.astype(ms.float32).mean(axis=-1)
        return delivered, drop_ratio


def make():
    np.random.seed(31)
    rx = Tensor(np.random.uniform(-125, -95, size=(3, 16)).astype(np.float32))
    bits = Tensor(np.random.randint(200, 1500, size=(3, 16)).astype(np.float32))
    return SoftPacketDropper(), (rx, bits)
