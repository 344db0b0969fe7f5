# case: discrete-time hazard head with sigmoid hazards, cumulative survival and censor-aware NLL over fixed bins -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscreteHazardHead(nn.Cell):
    def __init__(self, in_dim=8, num_bins=6, eps=1e-6):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_bins)
        self.num_bins = num_bins
        self.eps = eps

    def construct(self, feats):
        return ops.sigmoid(self.fc(feats))


class DiscreteTimeNLL(nn.Cell):
    def __init__(self, head):
        super().__init__()
        self.head = head

    def construct(self, feats, bin_idx, events):
        hazards = self.head(feats)
        nb = self.head.num_bins
        eps = self.head.eps
        bins = ops.arange(nb, dtype=ms.int32).expand_dims(0)
        before = (bins < bin_idx.expand_dims(1)).astype(ms.float32)
        at = (bins == bin_idx.expand_dims(1)).astype(ms.float32)
        log_surv = (ops.log(1.0 - hazards + eps) * before).sum(axis=1)
        log_h = (ops.log(hazards + eps) * at).sum(axis=1)
        log_s_at = (ops.log(1.0 - hazards + eps) * at).sum(axis=1)
        ll = log_surv + events * log_h + (1.0 - events) * log_s_at
        return -ll.mean()


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(7, 8).astype(np.float32))
    bin_idx = Tensor(np.random.randint(0, 6, 7).astype(np.int32))
    events = Tensor((np.random.rand(7) > 0.5).astype(np.float32))
    return DiscreteTimeNLL(DiscreteHazardHead()), (feats, bin_idx, events)
