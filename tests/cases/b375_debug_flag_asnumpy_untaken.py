# case: risk encoder has a debug_dump branch that calls .asnumpy() and np.save, but the config flag defaults to False and no caller sets it -> static graph compiles (branch pruned)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, feat_dim=8, hidden=16, num_layers=2, debug_dump=False, dump_path="/tmp/risk_dump.npy"):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.num_layers = num_layers
        self.debug_dump = debug_dump
        self.dump_path = dump_path


class RiskEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug_dump = config.debug_dump
        self.dump_path = config.dump_path
        dims = [config.feat_dim] + [config.hidden] * config.num_layers
        self.layers = nn.CellList([nn.Dense(i, o, activation="relu") for i, o in zip(dims[:-1], dims[1:])])

    def _dump(self, h):
        np.save(self.dump_path, h.asnumpy())

    def construct(self, feats):
        h = feats
        for layer in self.layers:
            h = layer(h)
        if self.debug_dump:
            self._dump(h)
        return h


def make():
    np.random.seed(3774)
    feats = np.random.randn(6, 8).astype(np.float32)
    return RiskEncoder(EncoderConfig()), (Tensor(feats),)
