# case: BERT4Rec cloze head gathering hidden states only at [MASK] positions found with nonzero -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_TOKEN = 1


class Bert4RecClozeHead(nn.Cell):
    def __init__(self, num_items=40, dim=16, num_layers=1, mask_token=MASK_TOKEN):
        super().__init__()
        self.mask_token = mask_token
        self.item_emb = nn.Embedding(num_items + 2, dim, padding_idx=0)
        layer = nn.TransformerEncoderLayer(dim, 2, dim * 2, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers)
        self.proj = nn.Dense(dim, dim, activation="gelu")
        self.bias = ms.Parameter(ops.zeros(num_items + 2, ms.float32), name="out_bias")

    def masked_hidden(self, hidden, item_seq):
        flat = hidden.reshape(-1, hidden.shape[-1])
        pos = ops.nonzero(item_seq.reshape(-1) == self.mask_token).squeeze(-1)
        return ops.gather(flat, pos, 0)

    def construct(self, item_seq):
        h = self.encoder(self.item_emb(item_seq))
        h = self.masked_hidden(h, item_seq)
        h = self.proj(h)
        logits = ops.matmul(h, self.item_emb.embedding_table.T) + self.bias
        return logits


def make():
    np.random.seed(2)
    seq = np.random.randint(2, 42, size=(3, 7)).astype(np.int32)
    seq[0, 2] = seq[1, 5] = seq[2, 0] = seq[2, 6] = MASK_TOKEN
    return Bert4RecClozeHead(), (Tensor(seq),)
