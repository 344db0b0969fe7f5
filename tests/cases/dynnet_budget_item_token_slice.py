# case: ViT token budget read with .item() from a predicted keep count and used as the slice length over score-sorted tokens -> scalar from tensor value used as a length, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeepCountHead(nn.Cell):
    def __init__(self, dim, max_tokens):
        super().__init__()
        self.fc = nn.Dense(dim, 1)
        self.max_tokens = max_tokens

    def construct(self, cls_tok):
        frac = ops.sigmoid(self.fc(cls_tok)).mean()
        return ops.ceil(frac * self.max_tokens).astype(ms.int32)


class BudgetedTokenStage(nn.Cell):
    def __init__(self, dim=8, num_tokens=9):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.count = KeepCountHead(dim, num_tokens - 1)
        self.mlp = nn.Dense(dim, dim)

    def construct(self, tokens):
        cls_tok, patches = tokens[:, 0], tokens[:, 1:]
        scores = self.score(patches).squeeze(-1)
        _, order = ops.sort(scores, axis=-1, descending=True)
        n_keep = self.count(cls_tok).item()
        keep_idx = order[:, :n_keep]
        idx = keep_idx.expand_dims(-1).broadcast_to((-1, -1, patches.shape[-1]))
        kept = ops.gather_elements(patches, 1, idx)
        return self.mlp(kept).mean(axis=1) + cls_tok


def make():
    np.random.seed(41)
    tokens = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    return BudgetedTokenStage(), (tokens,)
