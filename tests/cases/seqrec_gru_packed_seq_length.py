# case: GRU4Rec with variable-length sessions passed to nn.GRU through seq_length and session-parallel hidden init -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GRU4Rec(nn.Cell):
    def __init__(self, num_items=40, emb_dim=8, hidden=12, num_layers=1, final_act="tanh"):
        super().__init__()
        self.hidden = hidden
        self.num_layers = num_layers
        self.item_emb = nn.Embedding(num_items, emb_dim, padding_idx=0)
        self.gru = nn.GRU(emb_dim, hidden, num_layers=num_layers, batch_first=True)
        self.final = nn.Tanh() if final_act == "tanh" else nn.ReLU()
        self.out = nn.Dense(hidden, num_items)

    def init_hidden(self, batch_size):
        return ops.zeros((self.num_layers, batch_size, self.hidden), ms.float32)

    def construct(self, item_seq, lengths, hx=None):
        if hx is None:
            hx = self.init_hidden(item_seq.shape[0])
        emb = self.item_emb(item_seq)
        _, h_n = self.gru(emb, hx, seq_length=lengths)
        return self.out(self.final(h_n[-1]))


def make():
    np.random.seed(27)
    lens = np.array([5, 2, 4], np.int32)
    seq = np.zeros((3, 5), np.int32)
    for i, l in enumerate(lens):
        seq[i, :l] = np.random.randint(1, 40, size=l)
    return GRU4Rec(), (Tensor(seq), Tensor(lens))
