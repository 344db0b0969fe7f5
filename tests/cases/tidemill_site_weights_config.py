# case: score candidate tidal sites with weights held in a plain Python config object built in __init__ and only read in construct -> constant attribute reads, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreConfig:
    def __init__(self, energy=0.6, access=0.25, ecology=0.15):
        self.energy = energy
        self.access = access
        self.ecology = ecology


class SiteScorerCfg(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else ScoreConfig()

    def construct(self, scores):
        total = (self.cfg.energy * scores[:, 0]
                 + self.cfg.access * scores[:, 1]
                 + self.cfg.ecology * scores[:, 2])
        best = ops.argmax(total)
        return total, best


def make():
    np.random.seed(3292)
    scores = np.random.uniform(0, 10, size=(7, 3)).astype(np.float32)
    return SiteScorerCfg(), (Tensor(scores),)
