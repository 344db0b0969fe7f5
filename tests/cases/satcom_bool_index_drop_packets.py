# case: drops packets whose received power is below the sensitivity level with boolean-mask indexing and sums surviving payload bits -> boolean indexing is data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PacketDropper(nn.Cell):
    def __init__(self, sensitivity_dbm=-110.0):
        super().__init__()
        self.sensitivity = sensitivity_dbm

    def construct(self, rx_power_dbm, payload_bits):
        keep = rx_power_dbm >= self.sensitivity
        kept_bits = payload_bits[keep]
        delivered = kept_bits.sum()
        drop_ratio = 1.0 - keep.astype(ms.float32).mean()
        return delivered, drop_ratio


def make():
    np.random.seed(4)
    rx = Tensor(np.random.uniform(-125, -95, size=(16,)).astype(np.float32))
    bits = Tensor(np.random.randint(200, 1500, size=(16,)).astype(np.float32))
    return PacketDropper(), (rx, bits)
