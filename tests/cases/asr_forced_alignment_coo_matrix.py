# case: CTC forced-alignment posterior gathered through a sparse COO (frame, token) alignment matrix -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class AlignmentScorer(nn.Cell):
    """Scores a given frame->token alignment against CTC log-posteriors."""

    def __init__(self, vocab_size=8, d_model=16):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.vocab_size = vocab_size

    def alignment_matrix(self, frame_ids, token_ids, num_frames):
        indices = ops.stack((frame_ids, token_ids), axis=1)
        values = ops.ones((frame_ids.shape[0],), ms.float32)
        return COOTensor(indices, values, (num_frames, self.vocab_size))

    def construct(self, enc, frame_ids, token_ids):
        log_probs = ops.log_softmax(self.proj(enc), axis=-1)      # (T, V)
        align = self.alignment_matrix(frame_ids, token_ids, enc.shape[0])
        dense = align.to_dense()
        path_score = (dense * log_probs).sum()
        return path_score, align.values.sum()


def make():
    np.random.seed(28)
    enc = Tensor(np.random.randn(6, 16).astype(np.float32))
    frame_ids = Tensor(np.array([0, 1, 2, 3, 4, 5], dtype=np.int32))
    token_ids = Tensor(np.array([0, 3, 3, 0, 5, 0], dtype=np.int32))
    return AlignmentScorer(), (enc, frame_ids, token_ids)
