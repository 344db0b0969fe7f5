# case: CTC loss head: Dense + log_softmax, time-major transpose and ops.ctc_loss with per-utterance lengths, normalised by the batch size from the shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCLossConfig:
    def __init__(self, odim=10, encoder_output_size=32, dropout_rate=0.0, reduce=True, blank_id=0):
        self.odim = odim
        self.encoder_output_size = encoder_output_size
        self.dropout_rate = dropout_rate
        self.reduce = reduce
        self.blank_id = blank_id


class CTC(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc_lo = nn.Dense(config.encoder_output_size, config.odim)
        self.dropout = nn.Dropout(p=config.dropout_rate) if config.dropout_rate > 0.0 else None
        self.reduction = "sum" if config.reduce else "none"
        self.blank_id = config.blank_id

    def construct(self, hs_pad, hlens, ys_pad, ys_lens):
        if self.dropout is not None:
            hs_pad = self.dropout(hs_pad)
        ys_hat = ops.log_softmax(self.ctc_lo(hs_pad), axis=2).swapaxes(0, 1)   # (T, B, V)
        loss, _ = ops.ctc_loss(ys_hat, ys_pad, hlens, ys_lens, blank=self.blank_id,
                            reduction=self.reduction, zero_infinity=True)
        loss = loss / ys_hat.shape[1]
        return loss, ys_hat


def make():
    np.random.seed(18)
    hs_pad = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    hlens = Tensor(np.array([20, 14], dtype=np.int32))
    ys_pad = Tensor(np.random.randint(1, 10, (2, 6)).astype(np.int32))
    ys_lens = Tensor(np.array([6, 4], dtype=np.int32))
    return CTC(CTCLossConfig()), (hs_pad, hlens, ys_pad, ys_lens)
