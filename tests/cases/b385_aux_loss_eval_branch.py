# case: same ranking tower with an auxiliary masked_select loss guarded by `if self.training`, but the cell is compiled in eval mode and scores with a multiplicative mask -> training branch never taken, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankConfig:
    def __init__(self, in_dim=24, hidden=32, aux_weight=0.1, use_aux_loss=True):
        self.in_dim = in_dim
        self.hidden = hidden
        self.aux_weight = aux_weight
        self.use_aux_loss = use_aux_loss


class CTRScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_aux_loss = config.use_aux_loss
        self.aux_weight = config.aux_weight
        self.tower = nn.SequentialCell([nn.Dense(config.in_dim, config.hidden), nn.ReLU(),
                                        nn.Dense(config.hidden, 1)])

    def _pairwise_aux(self, logits, labels):
        pos = ops.masked_select(logits, labels > 0.5)
        neg = ops.masked_select(logits, labels < 0.5)
        return ops.softplus(neg.mean() - pos.mean())

    def construct(self, features, labels):
        logits = self.tower(features).squeeze(-1)
        if self.training and self.use_aux_loss:
            return logits, self.aux_weight * self._pairwise_aux(logits, labels)
        pos_mask = (labels > 0.5).astype(logits.dtype)
        pos_mean = (logits * pos_mask).sum() / ops.maximum(pos_mask.sum(), 1.0)
        return logits, pos_mean


def make():
    np.random.seed(3854)
    cfg = RankConfig()
    net = CTRScorer(cfg)
    net.set_train(False)
    feats = Tensor(np.random.randn(16, cfg.in_dim).astype(np.float32))
    labels = Tensor((np.random.rand(16) < 0.3).astype(np.float32))
    return net, (feats, labels)
