# case: hybrid CTC/attention loss wrapper that forwards *args/**kwargs through module-level helpers to its sub-Cells and weights the two losses by a config constant -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridConfig:
    def __init__(self, d_model=16, vocab_size=10, ctc_weight=0.3, label_smoothing=0.0):
        self.d_model = d_model
        self.vocab_size = vocab_size
        self.ctc_weight = ctc_weight
        self.label_smoothing = label_smoothing


def call_head(head, *args, **kwargs):
    return head(*args, **kwargs)


class FrameCE(nn.Cell):
    def __init__(self, d_model, vocab_size):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)

    def construct(self, hs, targets, weights=None):
        logp = ops.log_softmax(self.proj(hs), axis=-1)
        nll = -ops.gather_elements(logp, -1, targets.expand_dims(-1)).squeeze(-1)
        if weights is not None:
            nll = nll * weights
        return nll.mean()


class HybridLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc_branch = FrameCE(config.d_model, config.vocab_size)
        self.att_branch = FrameCE(config.d_model, config.vocab_size)
        self.ctc_weight = config.ctc_weight

    def construct(self, enc_out, dec_out, ctc_targets, att_targets, **kwargs):
        loss_ctc = call_head(self.ctc_branch, enc_out, ctc_targets)
        loss_att = call_head(self.att_branch, dec_out, att_targets, **kwargs)
        loss = self.ctc_weight * loss_ctc + (1.0 - self.ctc_weight) * loss_att
        return loss, loss_ctc, loss_att


def make():
    np.random.seed(3333)
    net = HybridLoss(HybridConfig())
    enc_out = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    dec_out = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    ctc_t = Tensor(np.random.randint(0, 10, (2, 12)).astype(np.int32))
    att_t = Tensor(np.random.randint(0, 10, (2, 6)).astype(np.int32))
    return net, (enc_out, dec_out, ctc_t, att_t)
