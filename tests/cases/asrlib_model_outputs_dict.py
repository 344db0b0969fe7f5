# case: ASR model forward collects the attention, CTC and total losses into a dict keyed by name (only the enabled ones, from Python config weights) and returns it -> dict with constant keys, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, idim=20, d_model=32, vocab_size=10, ctc_weight=0.3, lsm_weight=0.0):
        self.idim, self.d_model, self.vocab_size = idim, d_model, vocab_size
        self.ctc_weight = ctc_weight
        self.lsm_weight = lsm_weight


class ASRModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.Dense(config.idim, config.d_model)
        self.ctc_lo = nn.Dense(config.d_model, config.vocab_size)
        self.att_lo = nn.Dense(config.d_model, config.vocab_size)
        self.ctc_weight = config.ctc_weight

    def _ctc_loss(self, enc, enc_lens, text, text_lens):
        logp = ops.log_softmax(self.ctc_lo(enc), axis=-1).swapaxes(0, 1)
        loss, _ = ops.ctc_loss(logp, text, enc_lens, text_lens, reduction="mean", zero_infinity=True)
        return loss

    def _att_loss(self, enc, text):
        logits = self.att_lo(enc.mean(axis=1, keep_dims=True)).broadcast_to((text.shape[0], text.shape[1], -1))
        return ops.cross_entropy(logits.reshape(-1, logits.shape[-1]), text.reshape(-1))

    def construct(self, speech, speech_lengths, text, text_lengths):
        enc = ops.tanh(self.encoder(speech))
        outputs = {}
        loss = 0.0
        if self.ctc_weight != 1.0:
            loss_att = self._att_loss(enc, text)
            outputs["loss_att"] = loss_att
            loss = loss + (1 - self.ctc_weight) * loss_att
        if self.ctc_weight != 0.0:
            loss_ctc = self._ctc_loss(enc, speech_lengths, text, text_lengths)
            outputs["loss_ctc"] = loss_ctc
            loss = loss + self.ctc_weight * loss_ctc
        outputs["loss"] = loss
        return outputs


def make():
    np.random.seed(34)
    speech = Tensor(np.random.randn(2, 18, 20).astype(np.float32))
    speech_lengths = Tensor(np.array([18, 12], dtype=np.int32))
    text = Tensor(np.random.randint(1, 10, (2, 5)).astype(np.int32))
    text_lengths = Tensor(np.array([5, 3], dtype=np.int32))
    return ASRModel(ModelConfig()), (speech, speech_lengths, text, text_lengths)
