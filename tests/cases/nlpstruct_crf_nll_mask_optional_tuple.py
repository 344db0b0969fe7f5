# case: CRF layer whose mask argument is optional (None -> all ones from emissions shape) and emissions may be given time-major -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFLayer(nn.Cell):
    def __init__(self, num_tags=3, batch_first=False):
        super().__init__()
        rng = np.random.RandomState(5)
        self.transitions = Parameter(Tensor(rng.randn(num_tags, num_tags).astype(np.float32) * 0.1), name="transitions")
        self.batch_first = batch_first

    def _normalizer(self, emissions, mask):
        score = emissions[0]
        for i in range(1, emissions.shape[0]):
            nxt = ops.logsumexp(score.expand_dims(2) + self.transitions + emissions[i].expand_dims(1), 1)
            score = ops.where(mask[i].expand_dims(1), nxt, score)
        return ops.logsumexp(score, 1)

    def construct(self, emissions, mask=None):
        if not self.batch_first:
            emissions = emissions.swapaxes(0, 1)
        if mask is None:
            mask = ops.ones(emissions.shape[:2], ms.bool_)
        # internally time-major
        emissions = emissions.swapaxes(0, 1)
        mask = mask.swapaxes(0, 1)
        return self._normalizer(emissions, mask).sum()


def make():
    np.random.seed(0)
    em = Tensor(np.random.randn(4, 2, 3).astype(np.float32))
    return CRFLayer(), (em,)
