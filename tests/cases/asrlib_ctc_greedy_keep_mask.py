# case: batched CTC greedy decoding that marks kept tokens with a keep-mask, replaces dropped positions by pad_id with ops.where and counts tokens per utterance -> outputs keep the (B, T) shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecodeConfig:
    vocab_size = 12
    d_model = 32
    blank_id = 0
    pad_id = -1
    return_scores = True


class CTCGreedyDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc_lo = nn.Dense(config.d_model, config.vocab_size)
        self.blank_id, self.pad_id = config.blank_id, config.pad_id
        self.return_scores = getattr(config, "return_scores", False)

    def _keep_mask(self, tokens, valid):
        prev = ops.concat([ops.full_like(tokens[:, :1], -1), tokens[:, :-1]], axis=1)
        keep = ops.logical_and(tokens != prev, tokens != self.blank_id)
        return ops.logical_and(keep, valid)

    def construct(self, encoder_out, encoder_lens):
        log_probs = ops.log_softmax(self.ctc_lo(encoder_out), axis=-1)
        best_scores, tokens = ops.max(log_probs, axis=-1)
        t = tokens.shape[1]
        valid = ops.arange(t).expand_dims(0) < encoder_lens.expand_dims(1)
        keep = self._keep_mask(tokens, valid)
        hyps = ops.where(keep, tokens, ops.full_like(tokens, self.pad_id))
        hyp_lens = keep.astype(ms.int32).sum(axis=1)
        if self.return_scores:
            scores = (best_scores * valid.astype(best_scores.dtype)).sum(axis=1)
            return hyps, hyp_lens, scores
        return hyps, hyp_lens


def make():
    np.random.seed(17)
    encoder_out = Tensor(np.random.randn(3, 25, 32).astype(np.float32))
    encoder_lens = Tensor(np.array([25, 19, 8], dtype=np.int32))
    return CTCGreedyDecoder(DecodeConfig()), (encoder_out, encoder_lens)
