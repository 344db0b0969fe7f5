# case: station-type embeddings looked up from a dict of sub-Cells keyed by constant strings, results kept in a local dict -> string-keyed dict with constant keys, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationTypeModel(nn.Cell):
    def __init__(self, n_feat=6, hidden=8, kinds=("commuter", "leisure", "transit")):
        super().__init__()
        self.kinds = kinds
        self.heads = nn.CellList([nn.Dense(n_feat, hidden) for _ in kinds])
        self.mix = nn.Dense(hidden * len(kinds), 1)

    def construct(self, feats):
        outs = {}
        for i, kind in enumerate(self.kinds):
            outs[kind] = ops.relu(self.heads[i](feats))
        h = ops.concat((outs["commuter"], outs["leisure"], outs["transit"]), axis=1)
        return ops.sigmoid(self.mix(h)).squeeze(-1)


def make():
    np.random.seed(193)
    feats = np.random.randn(40, 6).astype(np.float32)
    return StationTypeModel(), (Tensor(feats),)
