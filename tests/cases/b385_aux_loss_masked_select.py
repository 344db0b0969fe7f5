# case: ranking model in training mode collects the logits of clicked impressions with masked_select for an auxiliary pairwise loss -> masked_select output length depends on labels, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankConfig:
    def __init__(self, in_dim=24, hidden=32, aux_weight=0.1, use_aux_loss=True):
        self.in_dim = in_dim
        self.hidden = hidden
        self.aux_weight = aux_weight
        self.use_aux_loss = use_aux_loss


class CTRWithAuxLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_aux_loss = config.use_aux_loss
        self.aux_weight = config.aux_weight
        self.tower = nn.SequentialCell([nn.Dense(config.in_dim, config.hidden), nn.ReLU(),
                                        nn.Dense(config.hidden, 1)])
        self.bce = nn.BCEWithLogitsLoss()

    def _pairwise_aux(self, logits, labels):
        pos = ops.masked_select(logits, labels > 0.5)
        neg = ops.masked_select(logits, labels < 0.5)
        return ops.softplus(neg.mean() - pos.mean())

    def construct(self, features, labels):
        logits = self.tower(features).squeeze(-1)
        loss = self.bce(logits, labels)
        if self.training and self.use_aux_loss:
            loss = loss + self.aux_weight * self._pairwise_aux(logits, labels)
        return loss


def make():
    np.random.seed(3853)
    cfg = RankConfig()
    net = CTRWithAuxLoss(cfg)
    net.set_train(True)
    feats = Tensor(np.random.randn(16, cfg.in_dim).astype(np.float32))
    labels = Tensor((np.random.rand(16) < 0.3).astype(np.float32))
    return net, (feats, labels)
