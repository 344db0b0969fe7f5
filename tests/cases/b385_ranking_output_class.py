# case: multi-task CTR/CVR model returns a plain Python RankingOutput object from construct because return_dict defaults to True in its config -> custom class instance created and returned in graph, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankingOutput:
    def __init__(self, ctr_logits, cvr_logits, ctcvr=None):
        self.ctr_logits = ctr_logits
        self.cvr_logits = cvr_logits
        self.ctcvr = ctcvr


class ESMMConfig:
    def __init__(self, in_dim=20, hidden=16, return_dict=True):
        self.in_dim = in_dim
        self.hidden = hidden
        self.return_dict = return_dict


def _tower(in_dim, hidden):
    return nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])


class ESMM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.ctr_tower = _tower(config.in_dim, config.hidden)
        self.cvr_tower = _tower(config.in_dim, config.hidden)

    def construct(self, shared_features):
        ctr = self.ctr_tower(shared_features).squeeze(-1)
        cvr = self.cvr_tower(shared_features).squeeze(-1)
        ctcvr = ops.sigmoid(ctr) * ops.sigmoid(cvr)
        if not self.return_dict:
            return ctr, cvr, ctcvr
        return RankingOutput(ctr, cvr, ctcvr=ctcvr)


class ESMMForEval(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = ESMM(config)

    def construct(self, shared_features):
        out = self.model(shared_features)
        return out.ctcvr


def make():
    np.random.seed(3858)
    cfg = ESMMConfig()
    x = Tensor(np.random.randn(8, cfg.in_dim).astype(np.float32))
    return ESMMForEval(cfg), (x,)
