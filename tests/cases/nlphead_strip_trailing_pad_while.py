# case: encoder input strips trailing all-padding columns in a while loop on mask values -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StripPadEncoder(nn.Cell):
    def __init__(self, vocab_size=30, hidden=8, num_labels=2, min_len=2):
        super().__init__()
        self.min_len = min_len
        self.embed = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Dense(hidden, num_labels)

    def strip_padding(self, input_ids, attention_mask):
        # drop columns at the end that are padding for every row
        while attention_mask[:, -1].sum() == 0 and attention_mask.shape[1] > self.min_len:
            input_ids = input_ids[:, :-1]
            attention_mask = attention_mask[:, :-1]
        return input_ids, attention_mask

    def construct(self, input_ids, attention_mask):
        input_ids, attention_mask = self.strip_padding(input_ids, attention_mask)
        out, _ = self.rnn(self.embed(input_ids))
        lengths = attention_mask.sum(axis=1) - 1
        last = ops.gather_elements(out, 1, lengths.reshape(-1, 1, 1).broadcast_to((out.shape[0], 1, out.shape[2])))
        return self.cls(last.squeeze(1))


def make():
    np.random.seed(13)
    ids = np.zeros((2, 7), dtype=np.int32)
    ids[0, :3] = np.random.randint(1, 30, 3)
    ids[1, :4] = np.random.randint(1, 30, 4)
    return StripPadEncoder(), (Tensor(ids), Tensor((ids > 0).astype(np.int32)))
