# case: CRF negative log-likelihood for entity tagging with the forward algorithm looping over the static sequence length and masking padded steps -> constant loop with logsumexp, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFLoss(nn.Cell):
    def __init__(self, num_tags=5):
        super().__init__()
        self.num_tags = num_tags
        trans = np.random.randn(num_tags, num_tags).astype(np.float32) * 0.1
        self.transitions = Parameter(Tensor(trans), name="transitions")

    def gold_score(self, emissions, tags, mask):
        emit = ops.gather_elements(emissions, 2, tags.expand_dims(-1)).squeeze(-1)
        trans = self.transitions[tags[:, :-1], tags[:, 1:]]
        return (emit * mask).sum(axis=1) + (trans * mask[:, 1:]).sum(axis=1)

    def construct(self, emissions, tags, mask):
        alpha = emissions[:, 0]
        for t in range(1, emissions.shape[1]):
            nxt = ops.logsumexp(alpha.expand_dims(2) + self.transitions + emissions[:, t].expand_dims(1), 1)
            m = mask[:, t].expand_dims(-1)
            alpha = nxt * m + alpha * (1 - m)
        log_z = ops.logsumexp(alpha, -1)
        return (log_z - self.gold_score(emissions, tags, mask)).mean()


def make():
    np.random.seed(42)
    em = np.random.randn(2, 6, 5).astype(np.float32)
    tags = np.random.randint(0, 5, size=(2, 6)).astype(np.int32)
    mask = np.ones((2, 6), np.float32)
    mask[1, 4:] = 0
    return CRFLoss(), (Tensor(em), Tensor(tags), Tensor(mask))
