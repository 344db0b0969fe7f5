# case: deduplicates diarization speaker ids with ops.unique and looks up one embedding per distinct speaker -> unique output size depends on data (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerConditioner(nn.Cell):
    def __init__(self, num_speakers=8, emb_dim=12, n_bins=16):
        super().__init__()
        self.emb = nn.Embedding(num_speakers, emb_dim)
        self.film = nn.Dense(emb_dim, n_bins)

    def construct(self, spec, frame_spk):
        # spec: (frames, bins); frame_spk: (frames,) int32 speaker label per frame
        spk_ids, _ = ops.unique(frame_spk)
        embs = self.emb(spk_ids)
        cond = ops.sigmoid(self.film(embs.mean(axis=0)))
        return spec * cond


def make():
    np.random.seed(8)
    spec = np.abs(np.random.randn(10, 16)).astype(np.float32)
    frame_spk = np.array([1, 1, 3, 3, 3, 1, 5, 5, 1, 1], np.int32)
    return SpeakerConditioner(), (Tensor(spec), Tensor(frame_spk))
