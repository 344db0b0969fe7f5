# case: if any sequence hit EOS the tensor-valued branch scales down EOS logits, otherwise returns logits unchanged; both branches keep the same shape -> static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EOSDamping(nn.Cell):
    def __init__(self, eos_id=2, vocab_size=10, damping=0.5):
        super().__init__()
        onehot = np.zeros((vocab_size,), dtype=np.float32)
        onehot[eos_id] = 1.0
        self.eos_onehot = Tensor(onehot)
        self.eos_id = eos_id
        self.damping = damping

    def construct(self, logits, last_tokens):
        if (last_tokens == self.eos_id).any():
            out = logits - self.damping * self.eos_onehot
        else:
            out = logits
        return out


def make():
    np.random.seed(26)
    logits = Tensor(np.random.randn(3, 10).astype(np.float32))
    last = Tensor(np.array([2, 5, 7], dtype=np.int32))
    return EOSDamping(), (logits, last)
