# case: frame classifier over hand keypoints trained with nn.CTCLoss on padded targets with fixed lengths -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameClassifier(nn.Cell):
    def __init__(self, in_dim=42, hidden=32, vocab=7):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, vocab)])

    def construct(self, keypoints):
        b, t = keypoints.shape[0], keypoints.shape[1]
        logits = self.net(keypoints.reshape(b * t, -1)).reshape(b, t, -1)
        return ops.log_softmax(logits, axis=-1)


class CTCWithLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = FrameClassifier()
        self.ctc = nn.CTCLoss(blank=0, reduction='mean', zero_infinity=True)

    def construct(self, keypoints, targets, input_lengths, target_lengths):
        log_probs = self.backbone(keypoints).transpose(1, 0, 2)
        return self.ctc(log_probs, targets, input_lengths, target_lengths)


def make():
    np.random.seed(9)
    kp = Tensor(np.random.randn(2, 15, 21, 2).astype(np.float32))
    targets = Tensor(np.array([[1, 3, 2, 0], [4, 4, 5, 6]], dtype=np.int32))
    in_len = Tensor(np.array([15, 12], dtype=np.int32))
    tgt_len = Tensor(np.array([3, 4], dtype=np.int32))
    return CTCWithLoss(), (kp, targets, in_len, tgt_len)
