# case: token-merging video transformer keeps the top-k most attended tube tokens, k = keep_rate * num_tokens computed from config and static shapes -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenKeepConfig:
    def __init__(self, dim=16, keep_rate=0.5, keep_cls=True):
        self.dim = dim
        self.keep_rate = keep_rate
        self.keep_cls = keep_cls


class TopKTokenKeeper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_rate = config.keep_rate
        self.keep_cls = config.keep_cls
        self.score = nn.Dense(config.dim, 1)

    def _num_keep(self, num_tokens):
        return max(1, int(num_tokens * self.keep_rate))

    def construct(self, tokens):
        # tokens: (B, 1 + N, D) with a CLS token first
        cls_tok, patch_tok = tokens[:, :1], tokens[:, 1:]
        k = self._num_keep(patch_tok.shape[1])
        scores = self.score(patch_tok).squeeze(-1)
        _, idx = ops.topk(scores, k)
        idx = ops.broadcast_to(idx[..., None], (idx.shape[0], k, patch_tok.shape[-1]))
        kept = ops.gather_elements(patch_tok, 1, idx)
        if self.keep_cls:
            kept = ops.concat((cls_tok, kept), axis=1)
        return kept


def make():
    np.random.seed(130)
    tokens = Tensor(np.random.randn(2, 17, 16).astype(np.float32))
    return TopKTokenKeeper(TokenKeepConfig()), (tokens,)
