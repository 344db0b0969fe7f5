# case: CTC greedy decoder that collapses repeats and drops blanks with ops.masked_select, returning a variable-length token list -> Graph mode should go dynamic (output size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_ID = 0


class CTCConfig:
    vocab_size = 12
    d_model = 32
    blank_id = BLANK_ID


def _collapse_mask(tokens, blank_id):
    prev = ops.concat((ops.full((tokens.shape[0], 1), -1, dtype=tokens.dtype), tokens[:, :-1]), axis=1)
    return ops.logical_and(tokens != prev, tokens != blank_id)


class CTCGreedyHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.d_model, config.vocab_size)
        self.blank_id = getattr(config, "blank_id", BLANK_ID)

    def construct(self, enc_out):
        logits = self.proj(enc_out)
        log_probs = ops.log_softmax(logits, axis=-1)
        tokens = ops.argmax(log_probs, dim=-1)
        keep = _collapse_mask(tokens, self.blank_id)
        hyp = ops.masked_select(tokens, keep)
        return log_probs, hyp


def make():
    np.random.seed(3303)
    net = CTCGreedyHead(CTCConfig())
    enc_out = Tensor(np.random.randn(1, 30, 32).astype(np.float32))
    return net, (enc_out,)
