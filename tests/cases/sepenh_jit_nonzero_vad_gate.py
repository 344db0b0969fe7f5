# case: @ms.jit function returns the indices of voiced frames with ops.nonzero and the gated spectrogram rows at those frames -> nonzero/gather give a data-dependent number of frames
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def smooth_vad(logits, kernel=3):
    # simple moving average over neighbouring frames
    padded = ops.pad(logits.reshape(1, 1, -1), (kernel // 2, kernel // 2), mode="replicate")
    weights = ops.ones((1, 1, kernel), ms.float32) / kernel
    return ops.conv1d(padded, weights).reshape(-1)


@ms.jit
def voiced_frames(spec, vad_logits, threshold):
    prob = ops.sigmoid(smooth_vad(vad_logits))
    voiced = ops.nonzero(prob > threshold).squeeze(-1)
    kept = ops.gather(spec, voiced, 0)
    weights = ops.gather(prob, voiced, 0)
    return voiced, kept * weights.expand_dims(-1)


def make():
    np.random.seed(21)
    spec = np.abs(np.random.randn(10, 16)).astype(np.float32)
    vad_logits = np.random.randn(10).astype(np.float32)
    return voiced_frames, (Tensor(spec), Tensor(vad_logits), 0.5)
