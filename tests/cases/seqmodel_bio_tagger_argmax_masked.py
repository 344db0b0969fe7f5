# case: CRF-free BIO tagger: BiLSTM emissions, argmax tags, invalid I-after-O fixed with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiLstmTagger(nn.Cell):
    def __init__(self, vocab_size=30, emb=8, hidden=8, num_tags=5, pad_id=0, outside_tag=0, fix_invalid=True):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb, padding_idx=pad_id)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.emit = nn.Dense(2 * hidden, num_tags)
        self.pad_id = pad_id
        self.outside_tag = outside_tag
        self.fix_invalid = fix_invalid

    def _repair(self, tags):
        # tags >= 3 are I-* ; an I-* right after O becomes the matching B-* (tag - 2)
        prev = ops.pad(tags[:, :-1], (1, 0), value=self.outside_tag)
        bad = ops.logical_and(tags >= 3, prev == self.outside_tag)
        return ops.where(bad, tags - 2, tags)

    def construct(self, token_ids, seq_lengths):
        out, _ = self.lstm(self.embed(token_ids), seq_length=seq_lengths)
        tags = ops.argmax(self.emit(out), dim=-1).astype(ms.int32)
        if self.fix_invalid:
            tags = self._repair(tags)
        pad = token_ids == self.pad_id
        return ops.where(pad, ops.full_like(tags, -1), tags)


def make():
    np.random.seed(29)
    ids = np.random.randint(1, 30, size=(2, 6)).astype(np.int32)
    ids[1, 4:] = 0
    return BiLstmTagger(), (Tensor(ids), Tensor(np.array([6, 4], np.int32)))
