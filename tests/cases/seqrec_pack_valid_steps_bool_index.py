# case: next-item loss computed only on non-padding timesteps selected by boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NextItemLoss(nn.Cell):
    def __init__(self, num_items=30, dim=8, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=pad_id)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.ce = nn.CrossEntropyLoss()

    def logits(self, item_seq):
        h, _ = self.rnn(self.item_emb(item_seq))
        return ops.matmul(h, self.item_emb.embedding_table.T)

    def construct(self, item_seq, targets):
        lg = self.logits(item_seq)
        keep = targets != self.pad_id
        lg = lg[keep]
        tgt = targets[keep]
        return self.ce(lg, tgt)


def make():
    np.random.seed(16)
    seq = np.random.randint(1, 30, size=(3, 5)).astype(np.int32)
    tgt = np.roll(seq, -1, axis=1)
    tgt[:, -1] = 0
    tgt[0, :2] = 0
    return NextItemLoss(), (Tensor(seq), Tensor(tgt))
