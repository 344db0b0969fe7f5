# case: CTC greedy decoder that marks repeats and blanks and replaces them with a pad id via three-argument ops.select, keeping a fixed [B, T] shape -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_ID = 0
PAD_ID = -1


class CTCConfig:
    def __init__(self, vocab_size=12, d_model=32, blank_id=BLANK_ID, return_log_probs=True):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.blank_id = blank_id
        self.return_log_probs = return_log_probs


def _collapse_mask(tokens, blank_id):
    first = ops.full((tokens.shape[0], 1), -1, dtype=tokens.dtype)
    prev = ops.concat((first, tokens[:, :-1]), axis=1)
    return ops.logical_and(tokens != prev, tokens != blank_id)


class CTCGreedyHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.d_model, config.vocab_size)
        self.blank_id = config.blank_id
        self.return_log_probs = config.return_log_probs

    def construct(self, enc_out, enc_lens=None):
        log_probs = ops.log_softmax(self.proj(enc_out), axis=-1)
        tokens = ops.argmax(log_probs, dim=-1)
        keep = _collapse_mask(tokens, self.blank_id)
        if enc_lens is not None:
            valid = ops.arange(tokens.shape[1]).reshape(1, -1) < enc_lens.reshape(-1, 1)
            keep = ops.logical_and(keep, valid)
        hyp = ops.select(keep, tokens, ops.full_like(tokens, PAD_ID))
        num_tokens = keep.astype(ms.int32).sum(axis=1)
        if self.return_log_probs:
            return hyp, num_tokens, log_probs
        return hyp, num_tokens


def make():
    np.random.seed(3304)
    net = CTCGreedyHead(CTCConfig())
    enc_out = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    enc_lens = Tensor(np.array([30, 22], dtype=np.int64))
    return net, (enc_out, enc_lens)
