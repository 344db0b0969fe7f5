# case: masked residue prediction loss that pulls out logits at masked positions with masked_select -> dynamic shape (masked_select output size depends on mask)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueLMHead(nn.Cell):
    def __init__(self, d_model=16, vocab=25):
        super().__init__()
        self.dense = nn.Dense(d_model, d_model)
        self.norm = nn.LayerNorm((d_model,))
        self.decoder = nn.Dense(d_model, vocab)
        self.vocab = vocab

    def construct(self, hidden):
        h = ops.gelu(self.dense(hidden))
        return self.decoder(self.norm(h))


class MaskedResidueLoss(nn.Cell):
    def __init__(self, d_model=16, vocab=25):
        super().__init__()
        self.head = ResidueLMHead(d_model, vocab)
        self.vocab = vocab

    def construct(self, hidden, targets, mlm_mask):
        logits = self.head(hidden)
        mask3 = ops.broadcast_to(mlm_mask.expand_dims(-1), logits.shape)
        picked = ops.masked_select(logits, mask3).reshape(-1, self.vocab)
        labels = ops.masked_select(targets, mlm_mask)
        return ops.cross_entropy(picked, labels)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    targets = Tensor(np.random.randint(0, 25, (2, 12)).astype(np.int32))
    mask = Tensor(np.random.rand(2, 12) < 0.15)
    mask[0, 0] = True
    return MaskedResidueLoss(), (hidden, targets, mask)
