# case: token-merging attention helper keeps the k most salient latent tokens where k counts tokens whose saliency exceeds a threshold -> top-k size from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToMeConfig:
    def __init__(self, dim=16, saliency_threshold=0.0, merge_tokens=True):
        self.dim = dim
        self.saliency_threshold = saliency_threshold
        self.merge_tokens = merge_tokens


class SalientTokenSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.saliency_threshold
        self.merge_tokens = config.merge_tokens
        self.score = nn.Dense(config.dim, 1)

    def _num_keep(self, saliency):
        return int((saliency > self.threshold).sum())

    def construct(self, hidden_states):
        saliency = self.score(hidden_states).squeeze(-1)[0]
        if not self.merge_tokens:
            return hidden_states
        k = self._num_keep(saliency)
        _, idx = ops.topk(saliency, k)
        return ops.gather(hidden_states, idx, 1)


def make():
    np.random.seed(21)
    hs = Tensor(np.random.randn(1, 12, 16).astype(np.float32))
    return SalientTokenSelector(ToMeConfig()), (hs,)
