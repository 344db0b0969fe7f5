# case: decoder input preparation that drops the trailing column when every sequence in the batch ends in padding, decided by a tensor condition in a helper -> if on tensor value whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Seq2SeqConfig:
    def __init__(self, vocab_size=40, d_model=16, pad_token_id=0, decoder_start_token_id=2):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.pad_token_id = pad_token_id
        self.decoder_start_token_id = decoder_start_token_id


def shift_tokens_right(input_ids, start_id):
    start = ops.full((input_ids.shape[0], 1), start_id, dtype=input_ids.dtype)
    return ops.concat((start, input_ids[:, :-1]), axis=1)


class DecoderInputs(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.pad_token_id = config.pad_token_id
        self.start_id = config.decoder_start_token_id

    def _maybe_strip_padding(self, labels):
        if (labels[:, -1] == self.pad_token_id).all():
            labels = labels[:, :-1]
        return labels

    def construct(self, labels):
        labels = self._maybe_strip_padding(labels)
        decoder_input_ids = shift_tokens_right(labels, self.start_id)
        return self.embed(decoder_input_ids)


def make():
    np.random.seed(3375)
    cfg = Seq2SeqConfig()
    labels = np.random.randint(3, cfg.vocab_size, size=(2, 7)).astype(np.int32)
    labels[:, -1] = 0
    return DecoderInputs(cfg), (Tensor(labels),)
