# case: linear-chain CRF negative log-likelihood (forward algorithm + gold path score) over seq len from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LinearChainCRF(nn.Cell):
    def __init__(self, num_tags=5, reduction="mean"):
        super().__init__()
        self.num_tags = num_tags
        self.reduction = reduction
        rng = np.random.RandomState(0)
        self.transitions = Parameter(Tensor(rng.uniform(-0.1, 0.1, (num_tags, num_tags)).astype(np.float32)))
        self.start_trans = Parameter(Tensor(np.zeros(num_tags, np.float32)), name="start_trans")
        self.end_trans = Parameter(Tensor(np.zeros(num_tags, np.float32)), name="end_trans")

    def _log_partition(self, emissions, mask):
        seq_len = emissions.shape[1]
        alpha = self.start_trans + emissions[:, 0]
        for t in range(1, seq_len):
            scores = alpha.expand_dims(2) + self.transitions + emissions[:, t].expand_dims(1)
            nxt = ops.logsumexp(scores, 1)
            alpha = ops.where(mask[:, t:t + 1], nxt, alpha)
        return ops.logsumexp(alpha + self.end_trans, 1)

    def _gold_score(self, emissions, tags, mask):
        seq_len = tags.shape[1]
        maskf = mask.astype(ms.float32)
        emit = ops.gather_elements(emissions, 2, tags.expand_dims(2)).squeeze(2)
        score = self.start_trans[tags[:, 0]] + emit[:, 0]
        for t in range(1, seq_len):
            idx = ops.stack([tags[:, t - 1], tags[:, t]], -1)
            trans = ops.gather_nd(self.transitions, idx)
            score = score + (trans + emit[:, t]) * maskf[:, t]
        last_idx = mask.astype(ms.int32).sum(1) - 1
        last_tags = ops.gather_elements(tags, 1, last_idx.expand_dims(1)).squeeze(1)
        return score + self.end_trans[last_tags]

    def construct(self, emissions, tags, mask):
        nll = self._log_partition(emissions, mask) - self._gold_score(emissions, tags, mask)
        if self.reduction == "mean":
            return nll.mean()
        return nll.sum()


def make():
    np.random.seed(0)
    emissions = Tensor(np.random.randn(3, 6, 5).astype(np.float32))
    tags = Tensor(np.random.randint(0, 5, (3, 6)).astype(np.int32))
    lengths = np.array([6, 4, 2])
    mask = Tensor(np.arange(6)[None, :] < lengths[:, None])
    return LinearChainCRF(), (emissions, tags, mask)
