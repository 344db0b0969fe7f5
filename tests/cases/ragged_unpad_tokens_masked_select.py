# case: removes padding tokens from a padded batch with masked_select before a token-level head -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnpaddedTokenHead(nn.Cell):
    """Runs a token classifier only on real (non-pad) tokens."""

    def __init__(self, hidden=6, num_labels=3, max_len=5):
        super().__init__()
        self.hidden = hidden
        self.max_len = max_len
        self.classifier = nn.Dense(hidden, num_labels)

    def length_mask(self, lengths):
        pos = ops.arange(self.max_len, dtype=ms.int32)
        return pos.view(1, -1) < lengths.view(-1, 1)

    def unpad(self, hidden_states, lengths):
        mask = self.length_mask(lengths)
        flat = ops.masked_select(hidden_states, mask.expand_dims(-1))
        return flat.reshape(-1, self.hidden)

    def construct(self, hidden_states, lengths):
        tokens = self.unpad(hidden_states, lengths)
        return self.classifier(tokens)


def make():
    np.random.seed(0)
    hs = Tensor(np.random.randn(3, 5, 6).astype(np.float32))
    lengths = Tensor(np.array([5, 2, 3], dtype=np.int32))
    return UnpaddedTokenHead(), (hs, lengths)
