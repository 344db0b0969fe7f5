# case: tunnel-oven controller with one small sub-network per temperature zone held in a CellList, looped over in order and fed the previous zone's output -> static unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneController(nn.Cell):
    def __init__(self, n_in, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_in + 1, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, zone_feats, upstream_power):
        return self.net(ops.concat([zone_feats, upstream_power], axis=-1))


class TunnelOvenController(nn.Cell):
    def __init__(self, n_zones=5, n_feat=4, max_kw=60.0):
        super().__init__()
        self.zones = nn.CellList([ZoneController(n_feat) for _ in range(n_zones)])
        self.max_kw = max_kw

    def construct(self, feats):
        power = ops.zeros((feats.shape[0], 1), ms.float32)
        outs = []
        for i, zone in enumerate(self.zones):
            power = ops.sigmoid(zone(feats[:, i, :], power)) * self.max_kw
            outs.append(power)
        return ops.concat(outs, axis=-1)


def make():
    np.random.seed(41)
    feats = np.random.randn(8, 5, 4).astype(np.float32)
    return TunnelOvenController(), (Tensor(feats),)
