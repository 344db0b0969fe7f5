# case: token-merging attention helper keeps round(ratio * num_tokens) most salient tokens with the ratio from config and num_tokens from hidden_states.shape -> top-k size is a Python int, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToMeConfig:
    def __init__(self, dim=16, keep_ratio=0.5, merge_tokens=True, min_tokens=4):
        self.dim = dim
        self.keep_ratio = keep_ratio
        self.merge_tokens = merge_tokens
        self.min_tokens = min_tokens


class SalientTokenSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_ratio = config.keep_ratio
        self.min_tokens = config.min_tokens
        self.merge_tokens = config.merge_tokens
        self.score = nn.Dense(config.dim, 1)

    def _num_keep(self, hidden_states):
        n = hidden_states.shape[1]
        return max(self.min_tokens, int(round(n * self.keep_ratio)))

    def construct(self, hidden_states):
        if not self.merge_tokens:
            return hidden_states
        saliency = self.score(hidden_states).squeeze(-1)
        k = self._num_keep(hidden_states)
        _, idx = ops.topk(saliency, k)
        idx = ops.sort(idx.astype(ms.float32), axis=-1)[0].astype(ms.int32)
        return ops.gather_elements(hidden_states, 1, ops.broadcast_to(idx[:, :, None], (idx.shape[0], k, hidden_states.shape[2])))


def make():
    np.random.seed(22)
    hs = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return SalientTokenSelector(ToMeConfig()), (hs,)
