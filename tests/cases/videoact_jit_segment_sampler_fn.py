# case: @ms.jit function doing TSN-style segment sampling (center frame of each segment) and mean feature pooling -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_SEGMENTS = 4


def segment_centers(num_frames, num_segments):
    seg = num_frames / num_segments
    return [int(seg * i + seg / 2) for i in range(num_segments)]


@ms.jit
def sample_and_pool(frame_feats, weights):
    # frame_feats: (B, T, C), weights: (C, K)
    t = frame_feats.shape[1]
    idx = Tensor(segment_centers(t, NUM_SEGMENTS), ms.int32)
    sampled = ops.gather(frame_feats, idx, 1)
    logits = ops.matmul(sampled, weights)
    return ops.log_softmax(logits.mean(axis=1), axis=-1)


def make():
    np.random.seed(35)
    feats = Tensor(np.random.randn(2, 16, 6).astype(np.float32))
    w = Tensor(np.random.randn(6, 3).astype(np.float32))
    return sample_and_pool, (feats, w)
