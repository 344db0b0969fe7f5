# case: log each fog horn blast level with an f-string print of the tensor inside construct before returning the attenuated level -> f-string formatting a tensor in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


SPREADING_DB = 20.0


class HornAttenuation(nn.Cell):
    def __init__(self, source_db=138.0, verbose=True):
        super().__init__()
        self.source_db = source_db
        self.verbose = verbose

    def construct(self, distance_m, absorption_db_per_km):
        loss = SPREADING_DB * ops.log10(distance_m) + absorption_db_per_km * distance_m / 1000.0
        level = self.source_db - loss
        if self.verbose:
            print(f"horn level at receivers: {level}")
        return level


def make():
    np.random.seed(3063)
    d = Tensor(np.random.uniform(100, 3000, size=(5,)).astype(np.float32))
    a = Tensor(np.float32(0.8))
    return HornAttenuation(), (d, a)
