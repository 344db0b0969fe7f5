# case: CTC training head computing ops.ctc_loss with length-normalised mean reduction and label smoothing flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCLossHead(nn.Cell):
    def __init__(self, d_model=16, vocab_size=8, blank_id=0, normalize_length=True, smoothing=0.0):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.blank_id = blank_id
        self.normalize_length = normalize_length
        self.smoothing = smoothing

    def construct(self, enc, enc_lens, targets, target_lens):
        log_probs = ops.log_softmax(self.proj(enc), axis=-1).transpose(1, 0, 2)   # (T, B, V)
        loss, _ = ops.ctc_loss(log_probs, targets, enc_lens, target_lens,
                            blank=self.blank_id, reduction="none", zero_infinity=True)
        if self.smoothing > 0.0:
            loss = (1.0 - self.smoothing) * loss - self.smoothing * log_probs.mean(axis=(0, 2))
        if self.normalize_length:
            loss = loss / ops.maximum(target_lens.astype(ms.float32), 1.0)
        return loss.mean()


def make():
    np.random.seed(38)
    enc = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    enc_lens = Tensor(np.array([12, 10], dtype=np.int32))
    targets = Tensor(np.array([[1, 2, 3, 4], [5, 6, 7, 0]], dtype=np.int32))
    target_lens = Tensor(np.array([4, 3], dtype=np.int32))
    return CTCLossHead(), (enc, enc_lens, targets, target_lens)
