# case: ACT training loss drops padded action steps with boolean-mask indexing (l1[~action_is_pad]) inside a loss helper before the mean -> boolean-mask indexing gives a data-dependent shape, expect Graph mode to go dynamic or refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTLossConfig:
    def __init__(self, action_dim=14, chunk_size=16, kl_weight=10.0, use_vae=False):
        self.action_dim = action_dim
        self.chunk_size = chunk_size
        self.kl_weight = kl_weight
        self.use_vae = use_vae


class ActionHead(nn.Dense):
    def __init__(self, hidden, action_dim):
        super().__init__(hidden, action_dim)


class ACTLoss(nn.Cell):
    def __init__(self, config, hidden=32):
        super().__init__()
        self.use_vae = config.use_vae
        self.kl_weight = config.kl_weight
        self.head = ActionHead(hidden, config.action_dim)

    def _l1(self, pred, target, is_pad):
        l1 = ops.abs(pred - target)
        return l1[~is_pad].mean()

    def construct(self, feats, target, is_pad, mu=None, log_sigma_x2=None):
        pred = self.head(feats)
        loss = self._l1(pred, target, is_pad)
        if self.use_vae and mu is not None:
            kld = -0.5 * (1 + log_sigma_x2 - mu.pow(2) - log_sigma_x2.exp()).sum(-1).mean()
            loss = loss + self.kl_weight * kld
        return loss


def make():
    np.random.seed(2)
    cfg = ACTLossConfig()
    feats = Tensor(np.random.randn(2, cfg.chunk_size, 32).astype(np.float32))
    target = Tensor(np.random.randn(2, cfg.chunk_size, cfg.action_dim).astype(np.float32))
    pad = np.zeros((2, cfg.chunk_size), dtype=np.bool_)
    pad[0, 12:] = True
    pad[1, 9:] = True
    return ACTLoss(cfg), (feats, target, Tensor(pad))
