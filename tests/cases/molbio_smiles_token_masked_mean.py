# case: SMILES token model: embedding + 1D conv encoder, masked mean pooling over non-pad tokens -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmilesCNNEncoder(nn.Cell):
    def __init__(self, vocab=40, dim=16, kernel=3, pad_id=0, num_tasks=2):
        super().__init__()
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab, dim, padding_idx=pad_id)
        self.conv = nn.Conv1d(dim, dim, kernel, pad_mode="same")
        self.head = nn.Dense(dim, num_tasks)

    def masked_mean(self, h, mask):
        mask = mask.astype(h.dtype)[..., None]
        return (h * mask).sum(1) / ops.clamp(mask.sum(1), min=1.0)

    def construct(self, tokens):
        mask = tokens != self.pad_id
        h = self.embed(tokens)
        h = ops.relu(self.conv(h.transpose(0, 2, 1))).transpose(0, 2, 1)
        return self.head(self.masked_mean(h, mask))


def make():
    np.random.seed(26)
    tok = np.random.randint(1, 40, size=(3, 12)).astype(np.int32)
    tok[0, 8:] = 0
    tok[2, 5:] = 0
    return SmilesCNNEncoder(), (Tensor(tok),)
