# case: masked categorical sampler fills illegal logits with a large negative via ops.where(mask, logits, fill) and samples with Gumbel noise -> three-argument where keeps shapes static, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_FILL = -1e9


class MaskedCategorical(nn.Cell):
    def __init__(self, temperature=None, return_log_prob=True):
        super().__init__()
        self.temperature = temperature
        self.return_log_prob = return_log_prob

    def _mask(self, logits, legal):
        return ops.where(legal, logits, ops.full_like(logits, MASK_FILL))

    def construct(self, logits, legal, uniform_noise):
        if self.temperature is not None:
            logits = logits / self.temperature
        logits = self._mask(logits, legal)
        gumbel = -ops.log(-ops.log(uniform_noise + 1e-10) + 1e-10)
        actions = (logits + gumbel).argmax(-1)
        if not self.return_log_prob:
            return actions
        log_probs = ops.log_softmax(logits, -1)
        chosen = ops.gather_elements(log_probs, 1, actions.expand_dims(-1)).squeeze(-1)
        return actions, chosen


def make():
    np.random.seed(101)
    logits = Tensor(np.random.randn(5, 7).astype(np.float32))
    legal = np.random.rand(5, 7) > 0.5
    legal[:, 2] = True
    noise = Tensor(np.random.rand(5, 7).astype(np.float32))
    return MaskedCategorical(temperature=0.5), (logits, Tensor(legal), noise)
