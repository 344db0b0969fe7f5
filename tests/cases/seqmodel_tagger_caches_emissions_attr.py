# case: BIO tagging head that stashes its emissions and a call counter on self for later decoding -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BioTagger(nn.Cell):
    def __init__(self, vocab_size=30, hidden=12, num_tags=3, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.encoder = nn.SequentialCell([nn.Dense(hidden, hidden), nn.ReLU()])
        self.emit = nn.Dense(hidden, num_tags)
        self.pad_id = pad_id
        self.last_emissions = None
        self.calls = 0

    def _emissions(self, token_ids):
        h = self.encoder(self.embed(token_ids))
        return self.emit(h)

    def construct(self, token_ids):
        emissions = self._emissions(token_ids)
        self.last_emissions = emissions
        self.calls += 1
        tags = emissions.argmax(-1)
        pad = token_ids == self.pad_id
        return ops.where(pad, ops.full_like(tags, -1), tags)


def make():
    np.random.seed(9)
    ids = np.random.randint(1, 30, size=(2, 7)).astype(np.int32)
    ids[0, 5:] = 0
    return BioTagger(), (Tensor(ids),)
